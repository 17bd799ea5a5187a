"""The treatment plan as the team's roadmap sheet gives it: cycles, their planned days, and
where today falls ("Day 8 of cycle 3"). Nothing here computes a dose (Qt-free)."""
