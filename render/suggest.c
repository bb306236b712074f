/* suggest: edit distance and the closest name; see suggest.h. */
#include "suggest.h"

#include <string.h>

/* Longer words are cut here: names are short, and a hostile word must not
 * cost more than a fixed amount of work. */
#define SUGGEST_MAX_LEN 64

int suggest_distance(const char *a, const char *b)
{
	size_t na = MIN(strlen(a), SUGGEST_MAX_LEN), nb = MIN(strlen(b), SUGGEST_MAX_LEN);
	/* Three rows of the table: two back (for swaps), one back, this one. */
	int rows[3][SUGGEST_MAX_LEN + 1];
	int *back2 = rows[0], *back = rows[1], *cur = rows[2];
	for (size_t j = 0; j <= nb; j++)
		back[j] = (int)j;
	for (size_t i = 1; i <= na; i++) {
		cur[0] = (int)i;
		char ca = g_ascii_tolower(a[i - 1]);
		for (size_t j = 1; j <= nb; j++) {
			char cb = g_ascii_tolower(b[j - 1]);
			int best = MIN(back[j] + 1, cur[j - 1] + 1);
			best = MIN(best, back[j - 1] + (ca != cb));
			if (i > 1 && j > 1 && ca == g_ascii_tolower(b[j - 2]) &&
			    g_ascii_tolower(a[i - 2]) == cb)
				best = MIN(best, back2[j - 2] + 1);
			cur[j] = best;
		}
		int *t = back2;
		back2 = back;
		back = cur;
		cur = t;
	}
	return back[nb];
}

/* Edits allowed for a word of n characters: a typo in a short word already
 * changes much of it. */
static int allowed(size_t n)
{
	return n <= 4 ? 1 : n <= 10 ? 2 : 3;
}

const char *suggest_closest(const char *typed, const char *const *names, int n)
{
	size_t len = strlen(typed);
	const char *best = NULL, *prefix_of = NULL;
	int best_d = (int)allowed(len) + 1, prefixes = 0;
	for (int i = 0; i < n; i++) {
		int d = suggest_distance(typed, names[i]);
		if (d < best_d) {
			best_d = d;
			best = names[i];
		}
		if (len >= 3 && g_ascii_strncasecmp(typed, names[i], len) == 0) {
			prefix_of = names[i];
			prefixes++;
		}
	}
	if (best)
		return best;
	return prefixes == 1 ? prefix_of : NULL;
}
