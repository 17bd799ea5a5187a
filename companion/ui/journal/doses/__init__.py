"""Who gives the doses (caregivers, and this computer's usual one), and the check before a dose
that comes sooner than the team's minimum interval."""
