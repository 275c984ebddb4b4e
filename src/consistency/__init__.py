"""consistency: audits whether a chain's customer service is the same in every branch and channel."""

__version__ = "0.1.0"
