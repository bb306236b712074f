/* suggest: the name a mistyped word was probably meant to be, for "did you
 * mean --title?" hints on options, commands and colour names. */
#ifndef RENDER_SUGGEST_H
#define RENDER_SUGGEST_H

#include <glib.h>

/* The edit distance of a and b, ASCII case ignored: insertions, deletions,
 * substitutions and swaps of two neighbours each count one. */
int suggest_distance(const char *a, const char *b);

/* Of names[n], the one typed most likely stands for: the nearest by
 * suggest_distance if it is close enough for the length of typed (one edit
 * for short words, up to three beyond ten characters), else the only name typed is
 * the start of (three characters at least). Ties go to the earlier name.
 * NULL when none is close; else borrowed from names. */
const char *suggest_closest(const char *typed, const char *const *names, int n);

#endif
