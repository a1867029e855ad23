namespace Placements.Domain;

public sealed record EpisodeCorrected(Episode Before, Episode After);
