package signet.fact;

/** Signed (done) or only intended (planned, to be signed): "who signed" never returns the latter. */
public enum AgreementStatus { SIGNED, INTENDED }
