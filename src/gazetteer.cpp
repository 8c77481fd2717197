// The UK gazetteer: loaded once, looked up by token.
