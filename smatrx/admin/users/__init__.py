"""User administration: the users list and its row actions, invitations."""
