package dev.winnow.filter.structure;

import dev.winnow.analysis.TextFeatures;
import dev.winnow.block.Block;
import dev.winnow.block.Label;
import dev.winnow.block.Page;
import dev.winnow.filter.structure.ContentClassFilter.ContentClass;

/**
 * jusText's context smoothing: a short or near-good paragraph takes its class from the nearest
 * good or bad paragraphs around it. Blocks an earlier filter removed, and placeholders (images,
 * form fields: bad themselves), do not count as neighbours;
 * a read-more stub or a boundary counts as a bad one, and so does the edge of the page. A run of
 * short blocks none of which ends a sentence is a list or a box set into the text, and bad. Linear
 * time: the nearest neighbours of every paragraph come from two sweeps, not from walks.
 */
final class Smoothing {
  private Smoothing() {}

  /**
   * Returns the revised classes: {@code GOOD} or {@code BAD} for every judged block, null where
   * {@code initial} is null.
   */
  static ContentClass[] revise(Page page, ContentClass[] initial, TextFeatures f, int listMin) {
    int n = initial.length;
    int[] at = new int[n];
    ContentClass[] out = new ContentClass[n];
    ContentClass[] c = new ContentClass[n];
    int m = 0;
    for (int i = 0; i < n; i++) {
      if (initial[i] != null && f.placeholder(i)) {
        out[i] = initial[i]; // an image or a form field says nothing of the text around it
        continue;
      }
      if (initial[i] != null) {
        at[m] = i;
        c[m++] = initial[i];
      } else {
        Block b = page.block(i);
        if (page.has(b, Label.STUB) || page.has(b, Label.BOUNDARY)) {
          at[m] = -1;
          c[m++] = ContentClass.BAD;
        }
      }
    }
    // Nearest good-or-bad neighbour (skipping short and near-good), and nearest
    // good-bad-or-near-good one (skipping short only), on either side.
    ContentClass[] prevFar = new ContentClass[m];
    ContentClass[] prevNear = new ContentClass[m];
    ContentClass[] nextFar = new ContentClass[m];
    ContentClass[] nextNear = new ContentClass[m];
    ContentClass far = ContentClass.BAD;
    ContentClass near = ContentClass.BAD;
    for (int k = 0; k < m; k++) {
      prevFar[k] = far;
      prevNear[k] = near;
      if (c[k] == ContentClass.GOOD || c[k] == ContentClass.BAD) {
        far = c[k];
      }
      if (c[k] != ContentClass.SHORT) {
        near = c[k];
      }
    }
    far = ContentClass.BAD;
    near = ContentClass.BAD;
    for (int k = m - 1; k >= 0; k--) {
      nextFar[k] = far;
      nextNear[k] = near;
      if (c[k] == ContentClass.GOOD || c[k] == ContentClass.BAD) {
        far = c[k];
      }
      if (c[k] != ContentClass.SHORT) {
        near = c[k];
      }
    }
    // Runs of short blocks few of which end a sentence: a list or a box, not body lines.
    boolean[] list = new boolean[m];
    for (int k = 0; k < m; ) {
      if (c[k] != ContentClass.SHORT) {
        k++;
        continue;
      }
      int end = k;
      int sentences = 0;
      while (end < m && c[end] == ContentClass.SHORT) {
        sentences += at[end] >= 0 && f.endsSentence(at[end]) ? 1 : 0;
        end++;
      }
      if (end - k >= listMin && sentences * 3 < end - k) {
        for (int j = k; j < end; j++) {
          list[j] = true;
        }
      }
      k = end;
    }
    for (int k = 0; k < m; k++) {
      if (at[k] < 0) {
        continue;
      }
      out[at[k]] = switch (c[k]) {
        case GOOD, BAD -> c[k];
        // Between bad ones, a near-good paragraph is bad unless near-good ones stand by it: a
        // story with no long paragraph is still a run of prose.
        case NEAR_GOOD -> prevFar[k] == ContentClass.BAD && nextFar[k] == ContentClass.BAD
            && prevNear[k] != ContentClass.NEAR_GOOD && nextNear[k] != ContentClass.NEAR_GOOD
            ? ContentClass.BAD : ContentClass.GOOD;
        case SHORT -> {
          if (list[k]) {
            yield ContentClass.BAD;
          }
          if (prevFar[k] == nextFar[k]) {
            yield prevFar[k];
          }
          // Between good and bad: a near-good paragraph on the bad side tips it to good.
          boolean nearGoodOnBadSide = prevFar[k] == ContentClass.BAD && prevNear[k] == ContentClass.NEAR_GOOD
              || nextFar[k] == ContentClass.BAD && nextNear[k] == ContentClass.NEAR_GOOD;
          yield nearGoodOnBadSide ? ContentClass.GOOD : ContentClass.BAD;
        }
      };
    }
    return out;
  }
}
