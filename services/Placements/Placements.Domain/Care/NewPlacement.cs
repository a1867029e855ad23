namespace Placements.Domain;

public sealed record NewPlacement(DateOnly Date, Episode Ended, Episode Started);
