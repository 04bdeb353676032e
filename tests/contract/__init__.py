"""Contract test: every generated operation against Prism mock servers built from openapi.yaml."""
