/* argsfile: a figure's NAME.args read without a shell: its options in shell
 * quoting, one or more a line, # comments, and the formats the figure wants. */
#ifndef RENDER_ARGSFILE_H
#define RENDER_ARGSFILE_H

#include <glib.h>
#include "chart.h"

/* The formats a figure can be drawn in, in the order its files are listed. */
typedef enum {
	ARGSFILE_PDF = 1 << 0,
	ARGSFILE_PNG = 1 << 1,
	ARGSFILE_SVG = 1 << 2,
	ARGSFILE_ALL_FORMATS = ARGSFILE_PDF | ARGSFILE_PNG | ARGSFILE_SVG,
} ArgsFormat;

typedef struct ArgsFile {
	char *path;       /* owned */
	char **words;     /* owned, NULL-terminated: every option, --formats left out */
	int *lines;       /* owned, [nwords]: the line each word is on */
	int nwords;
	guint formats;    /* ArgsFormat bits: --formats, else all three */
} ArgsFile;

/* Reads path as the options of a cmd figure: each line is split as a shell
 * would split it, but nothing is run or expanded ($(...), `...`, $NAME stay
 * as written); blank lines and lines starting with # are skipped, and # starts
 * a comment where a word could start. A line holds whole options, each with
 * its value; `--formats pdf,png,svg` (any of them, on a line of its own) says
 * which files the figure makes. Every option is checked as render COMMAND
 * checks it; options the batch decides (-o, -T, --scene, --alt, --palette,
 * --fonts, --help, --version) and words that are not options are refused.
 * NULL with *err: DIAG_USAGE "path:LINE: what is wrong", or DIAG_IO when the
 * file cannot be read. The caller frees the result with argsfile_free. */
ArgsFile *argsfile_read(const char *path, const ChartCommand *cmd, GError **err);
void argsfile_free(ArgsFile *a);

/* The line of the option a message is about ("--size 1x1mm: ..." is about
 * --size): the last line giving it, or 0 when a (NULL: no file) does not
 * give it or the message names no option. */
int argsfile_line_of(const ArgsFile *a, const char *message);

/* "pdf", "png" or "svg" for one ArgsFormat bit. Static. */
const char *argsfile_format_name(ArgsFormat f);

#endif
