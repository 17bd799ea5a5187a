"""Companion: an offline, private helper for families facing relapsed or refractory
childhood cancer."""

__version__ = "0.1.0"
APP_ID = "org.companionapp.Companion"
APP_NAME = "Companion"
