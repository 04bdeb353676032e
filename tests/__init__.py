"""The project's tests, laid out as the code is (CONTRIBUTING.md, "Where does a test go")."""
