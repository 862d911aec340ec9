"""juesuan-check: checks a department's final-accounts disclosure (部门决算公开) before it is published."""

__version__ = "0.1.0"
