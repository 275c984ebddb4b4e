"""The review web app: quality managers work the flags, read the evidence and correct the labels.

Library modules (``users``, ``review``, ``queues``, ``qa``, ``labels``, ``charts``, ``upload``) hold
the work; ``app`` only wires them to routes and templates.
"""
