namespace Atlas.Site.Checking.External;

public enum LinkVerdict { Alive, Moved, Dead, Unsure }

/// <summary>
/// What asking an outside link gave: it answers (<see cref="LinkVerdict.Alive"/>), it answers
/// from another host (<see cref="LinkVerdict.Moved"/>), it is dead or unreachable, or the server
/// would not say (rate-limited). <paramref name="Detail"/> finishes the sentence "outside link 'URL' ...".
/// </summary>
public sealed record LinkAnswer(LinkVerdict Verdict, string Detail)
{
    public static readonly LinkAnswer Alive = new(LinkVerdict.Alive, "answers");

    /// <summary>What a server answered stays true for a while; a failure is asked again on the next run.</summary>
    public bool Lasts => Verdict is LinkVerdict.Alive or LinkVerdict.Moved;
}
