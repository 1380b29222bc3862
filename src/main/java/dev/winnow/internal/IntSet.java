package dev.winnow.internal;

/**
 * A set of ints that boxes none: open addressing over a power-of-two table that doubles when half
 * full. For the group numbers a filter collects on a page and then asks about block after block,
 * where a {@code HashSet<Integer>} allocates a box for each question. Not thread-safe.
 */
public final class IntSet {
  private static final int FIRST_CAPACITY = 16;

  /** Per slot 0 when empty, else {@code value * 2 + 1} (as a long, so every int has a code). */
  private long[] slots = new long[FIRST_CAPACITY];

  private int size;

  /** Adds the value; returns whether it was not in the set. */
  public boolean add(int value) {
    if (size * 2 >= slots.length) {
      grow();
    }
    return insert(slots, value);
  }

  public boolean contains(int value) {
    long code = code(value);
    int mask = slots.length - 1;
    for (int i = spread(value) & mask; slots[i] != 0; i = (i + 1) & mask) {
      if (slots[i] == code) {
        return true;
      }
    }
    return false;
  }

  public int size() {
    return size;
  }

  public boolean isEmpty() {
    return size == 0;
  }

  private boolean insert(long[] table, int value) {
    long code = code(value);
    int mask = table.length - 1;
    int i = spread(value) & mask;
    while (table[i] != 0) {
      if (table[i] == code) {
        return false;
      }
      i = (i + 1) & mask;
    }
    table[i] = code;
    size++;
    return true;
  }

  private void grow() {
    long[] old = slots;
    slots = new long[old.length * 2];
    size = 0;
    for (long code : old) {
      if (code != 0) {
        insert(slots, (int) (code >> 1));
      }
    }
  }

  private static long code(int value) {
    return (long) value * 2 + 1;
  }

  /** Spreads nearby values (group numbers run 0, 1, 2, ...) over the table. */
  private static int spread(int value) {
    int h = value * 0x9E3779B9;
    return h ^ (h >>> 16);
  }
}
