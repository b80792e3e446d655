"""Home: the shared room. Home page, content pages, site settings, base templates, the block
library and the demo content command."""
