// The fault tests stop PostgreSQL and kill the broker; nothing else may be using them at that moment.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
