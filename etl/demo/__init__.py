"""Deterministic demo deliveries for every contract: Braunschweig's smart-city story from 2016 to today.

The flagships and the published figures in shared/DOMAIN.md are real; everything else is invented.
"""

from etl.demo.generate import generate_demo

__all__ = ["generate_demo"]
