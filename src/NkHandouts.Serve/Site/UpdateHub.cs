using System.Threading.Channels;

namespace NkHandouts.Serve.Site;

/// <summary>Tells every open page that a new snapshot exists (the pages then fetch their own part). Each page holds
/// a one-slot channel: a slow page skips versions it has not read yet and only ever sees the latest.</summary>
internal sealed class UpdateHub
{
    private readonly Lock _gate = new();
    private readonly List<Channel<long>> _subscribers = [];

    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _subscribers.Count;
            }
        }
    }

    public Subscription Subscribe()
    {
        var channel = Channel.CreateBounded<long>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropOldest });
        lock (_gate)
        {
            _subscribers.Add(channel);
        }

        return new Subscription(this, channel);
    }

    public void Publish(long version)
    {
        lock (_gate)
        {
            foreach (var s in _subscribers)
            {
                s.Writer.TryWrite(version);
            }
        }
    }

    public sealed class Subscription(UpdateHub hub, Channel<long> channel) : IDisposable
    {
        public ChannelReader<long> Reader => channel.Reader;

        public void Dispose()
        {
            lock (hub._gate)
            {
                hub._subscribers.Remove(channel);
            }
        }
    }
}
