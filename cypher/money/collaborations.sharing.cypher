// Money model, a change's scope: the pairs of agencies among $agencies whose stored collaboration shares one of the
// things $things (a change may have ended what they shared).
UNWIND $agencies AS agencyId
MATCH (c:Collaboration {agency: agencyId})
WHERE any(thing IN c.shared WHERE thing IN $things)
RETURN c.agency AS agency, c.other AS other
