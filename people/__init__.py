"""People: accounts (e-mail login, public display name) and, later, the People Bank and data rights."""
