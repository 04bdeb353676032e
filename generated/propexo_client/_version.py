"""The distribution's version and the Propexo spec this package was generated from.

Written by scripts/regenerate.py: SPEC_VERSION is the spec's info.version, then the
SHA-256 of the normalized openapi.yaml the code was generated from.
"""

__version__ = "0.1.0"
SPEC_SHA256 = "ac7e7b077cad174f30c0a63d59d68cd16bf4a9b629449314e08a4fa92afffaf4"
SPEC_VERSION = "1.0.0+sha256.ac7e7b077cad174f30c0a63d59d68cd16bf4a9b629449314e08a4fa92afffaf4"
