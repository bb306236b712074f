/* review: the review page of a batch, OUT/index.html: every figure with its
 * name, its data file and its alt text; compared with an old version, the
 * changed ones old, new and their difference side by side, the unchanged
 * ones folded away. A static page: no script, no file from elsewhere. */
#ifndef RENDER_REVIEW_H
#define RENDER_REVIEW_H

#include <glib.h>

/* Where a figure stands against the old version. */
typedef enum {
	REVIEW_PLAIN,      /* no comparison asked for */
	REVIEW_UNCHANGED,
	REVIEW_CHANGED,
	REVIEW_NEW,
	REVIEW_FAILED,     /* it could not be drawn: error says why */
} ReviewState;

/* One figure on the page; every field borrowed. */
typedef struct ReviewFigure {
	const char *name;
	const char *kind;        /* "timeline" or "seats" */
	const char *csv;         /* its data file, as the batch found it */
	const char *args;        /* its .args file, or NULL */
	const char *alt;         /* its alt text, or NULL */
	const char *error;       /* REVIEW_FAILED: the message, else NULL */
	char *const *files;      /* its files in the output folder, NULL-terminated */
	ReviewState state;
	const char *note;        /* what changed in its picture ("1234 pixels differ"), or NULL */
	gboolean has_old_png;    /* review/NAME.old.png and review/NAME.diff.png exist */
	const char *old_picture; /* the old picture in review/ (NAME.old.png or .svg), or NULL */
} ReviewFigure;

typedef struct ReviewPage {
	const char *data;            /* the data folder */
	const char *old_label;       /* what the figures are compared with, or NULL */
	const ReviewFigure *figs;    /* [n], in name order */
	int n;
	char *const *removed;        /* files of the old folder no figure makes now, sorted,
	                                copied into review/ */
} ReviewPage;

/* The folder beside index.html that holds the old and difference pictures. */
#define REVIEW_DIR "review"

/* Writes OUT/index.html (out the output folder) for page. FALSE with *err
 * (DIAG_IO). */
gboolean review_write(const char *out, const ReviewPage *page, GError **err);

#endif
