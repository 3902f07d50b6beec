namespace MoitBot.Knowledge.Retrieval;

/// <summary>One term's documents and weighted frequencies, in ordinal order.</summary>
internal sealed class Postings
{
    public int[] Documents = new int[4];
    public float[] Frequencies = new float[4];
    public int Count;

    public void Add(int ordinal, float tf)
    {
        if (Count == Documents.Length)
        {
            Array.Resize(ref Documents, Count * 2);
            Array.Resize(ref Frequencies, Count * 2);
        }

        Documents[Count] = ordinal;
        Frequencies[Count] = tf;
        Count++;
    }
}
