namespace Placements.Domain;

public sealed record LegalStatusAndPlacementChanged(DateOnly Date, Episode Ended, Episode Started);
