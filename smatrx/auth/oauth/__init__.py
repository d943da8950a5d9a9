"""Sign-in with GitHub, Google and LinkedIn (authlib's Flask client)."""
