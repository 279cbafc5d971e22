"""deriving"""
