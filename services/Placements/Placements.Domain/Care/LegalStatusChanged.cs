namespace Placements.Domain;

public sealed record LegalStatusChanged(DateOnly Date, Episode Ended, Episode Started);
