"""Format parsers shared by spiders (HTML to text, safe XML, OCDS releases, eForms, ccgp pages)."""
