"""The checks: the report as the rules see it, the rule catalogue, its kinds, and the engine that runs them."""
