"""Crash-and-resume fault injection: submitting processes SIGKILLed at chosen points."""
