/* fake_text: the shared fixed-pitch measurer; see fake_text.h. */
#include "fake_text.h"

#include <math.h>

/* Characters of the longest line, and the lines between "\n"s. */
static long widest_line(const char *text, int *lines)
{
	long chars = 0, widest = 0;
	*lines = 1;
	for (const char *p = text; *p; p = g_utf8_next_char(p)) {
		if (*p == '\n') {
			++*lines;
			widest = MAX(widest, chars);
			chars = 0;
		} else {
			chars++;
		}
	}
	return MAX(widest, chars);
}

static TextSize fake_measure(TextMeasurer *m, const char *text, const TextStyle *st)
{
	(void)m;
	int lines;
	double w = 0.55 * st->size * (double)widest_line(text, &lines);
	if (st->wrap > 0 && w > st->wrap) {
		lines += (int)ceil(w / st->wrap) - 1;
		w = st->wrap;
	}
	return (TextSize){w, 1.25 * st->size * lines, st->size, lines};
}

static gunichar fake_missing(TextMeasurer *m, const char *text)
{
	(void)m;
	(void)text;
	return 0;
}

/* Lines as written: the fake does not break lines of its own. */
static char **fake_lines(TextMeasurer *m, const char *text, const TextStyle *st)
{
	(void)m;
	(void)st;
	return g_strsplit(text, "\n", -1);
}

TextMeasurer *fake_text(void)
{
	static TextMeasurer fake = {fake_measure, fake_missing, fake_lines};
	return &fake;
}
