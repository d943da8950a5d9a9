"""Career roles administration: the roles list, a role's details and its requirement list."""
