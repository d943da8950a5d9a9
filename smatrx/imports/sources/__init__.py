"""Import sources: pure readers of what a person gives (résumé and LinkedIn bytes, GitHub's
API through an injected HTTP session) into what they found. No Flask, no database; the
registry (smatrx.imports.registry) wires each one to the job."""
