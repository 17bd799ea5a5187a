"""The treatment plan on screen: the cycle form, the plan tab (cycles, upcoming days, shift)."""
