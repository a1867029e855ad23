namespace Placements.Domain;

public sealed record PlacementChanged(DateOnly Date, Episode Ended, Episode Started);
