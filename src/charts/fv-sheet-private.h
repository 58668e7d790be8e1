/* fv-sheet-private.h — what the rooms of the fact sheet share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The fact sheet is made in rooms: fv-fact-sheet.c says what it holds (the
 * facts, in reading order), fv-sheet-sources.c numbers and lists their
 * sources, fv-sheet-text.c makes its paragraphs and lays them out with
 * Pango, fv-sheet-layout.c places them on pages, fv-sheet-page.c draws a
 * page and its footer, fv-sheet-export.c writes the pages as a PDF, with
 * its outline and its links; fv-sheet-quotes.c says, under a source in
 * the list, how its quotations fared against its text.
 */
#pragma once

#include "fv-fact-sheet.h"
#include "fv-format.h"
#include "fv-i18n.h"
#include "fv-quote-check.h"

G_BEGIN_DECLS

#define MARGIN        56.0   /* points: 2 cm */
#define FOOTER_HEIGHT 22.0
#define CHART_WIDTH   760.0  /* a chart is drawn this wide, then scaled to the text's width */
#define CHART_PADDING 16.0   /* the margin fv-chart.c draws around a chart */
#define MIN_LINES     2      /* lines of a paragraph kept together at a page break */

typedef enum
{
  STYLE_TITLE,
  STYLE_LEAD,
  STYLE_META,
  STYLE_HEADING,
  STYLE_SUBHEADING,
  STYLE_DATE,
  STYLE_FACT,
  STYLE_BODY,
  STYLE_QUOTE,
  STYLE_REFERENCE,
  STYLE_REFERENCE_QUOTE,
  STYLE_SOURCE,
  STYLE_CHART,
  N_STYLES
} Style;

typedef struct
{
  double   size;      /* points */
  gboolean bold, italic, muted;
  double   indent;    /* points from the left margin */
  double   before;    /* space above, but at the top of a page */
  gboolean keep;      /* with the block after it: a heading */
} FvSheetStyle;

extern const FvSheetStyle fv_sheet_styles[N_STYLES];

/* A line of a paragraph as Pango laid it out: where it is in its
 * paragraph, so that a page draws its own lines and no others. */
typedef struct
{
  double           top;       /* from the paragraph's top */
  double           baseline;  /* from the paragraph's top */
  double           x;         /* from the paragraph's left: an indent, a hanging line */
  PangoLayoutLine *line;      /* one of the block's layouts'; NULL after the last line */
} SheetLine;

typedef struct
{
  Style          style;
  char          *text;       /* plain text: model text is never markup */
  gboolean       unbroken;   /* an address: no hyphen where it is wrapped */
  double         hanging;    /* a numbered source: its lines after the first indented */
  gboolean       keep;       /* on the page of the block after it, as a heading is */
  const FvChart *chart;
  /* In a PDF (FvFactSheet's navigable): */
  guint          cites;      /* the number of the source a reference leads to; 0 for none */
  guint          lists;      /* the number of the source this entry of the list is */
  const char    *uri;        /* the address a line is, the model's string */
  /* Laid out: */
  GPtrArray     *layouts;    /* PangoLayout, one a paragraph of the text */
  GArray        *lines;      /* SheetLine: each line, then one whose top is the bottom of the last */
  double         height;
} Block;

/* Lines FIRST to FIRST + N_LINES of a block, at Y on a page. */
typedef struct
{
  guint  block;
  guint  first, n_lines;
  double y;
} Placement;

struct _FvFactSheet
{
  FvModel       *model;
  char         **languages;
  GArray        *blocks;    /* of Block, in reading order */
  GPtrArray     *sources;   /* const FvSource *, numbered from 1 in this order */
  GHashTable    *numbers;   /* source → its number */
  GHashTable    *checked;   /* source → SheetChecked: its quotations against its text */
  FvChartStyle   style;
  double         page_width, page_height;
  GPtrArray     *pages;     /* GArray of Placement, one a page */
  PangoContext  *pango;
  char          *running_title;  /* the footer's, cut to its room: once a layout */
  gboolean       navigable; /* pages drawn with the PDF's links and destinations */
};

/* A source's text, given, and its quotations checked against it. */
typedef struct
{
  FvSourceText *text;
  GPtrArray    *checks;  /* FvQuoteCheck, fv_quote_check_model()'s */
} SheetChecked;

/* The PDF's name of the place of source N in the list of sources, and of
 * the heading that is block I. */
#define FV_SHEET_SOURCE_DEST  "source-%u"
#define FV_SHEET_SECTION_DEST "section-%u"

static inline double
fv_sheet_content_width (FvFactSheet *sheet)
{
  return MAX (sheet->page_width - 2 * MARGIN, 100);
}

static inline double
fv_sheet_chart_height (FvFactSheet *sheet)
{
  return fv_sheet_content_width (sheet) / (CHART_WIDTH - 2 * CHART_PADDING) * CHART_WIDTH * 9 / 16;
}

/* fv-sheet-text.c */
void         fv_sheet_block_clear    (gpointer           data);
const char  *fv_sheet_text           (FvFactSheet       *sheet,
                                      const FvText      *t);
void         fv_sheet_add            (FvFactSheet       *sheet,
                                      Style              style,
                                      const char        *text);
void         fv_sheet_add_take       (FvFactSheet       *sheet,
                                      Style              style,
                                      char              *text);
void         fv_sheet_lay_out        (FvFactSheet       *sheet,
                                      Block             *block,
                                      PangoContext      *pango);
gboolean     fv_sheet_keeps          (const Block       *block);
guint        fv_sheet_n_lines        (const Block       *block);
double       fv_sheet_lines_height   (const Block       *block,
                                      guint              first,
                                      guint              n);

/* fv-sheet-sources.c */
guint        fv_sheet_number_source  (FvFactSheet        *sheet,
                                      const FvSource     *source);
void         fv_sheet_add_references (FvFactSheet        *sheet,
                                      const FvReferences *references,
                                      const char         *shown);
void         fv_sheet_add_source_list (FvFactSheet       *sheet);

/* fv-sheet-quotes.c */
void         fv_sheet_check_quotes   (FvFactSheet        *sheet,
                                      GHashTable         *source_texts);
void         fv_sheet_add_quote_checks (FvFactSheet      *sheet,
                                        const FvSource   *source);

G_END_DECLS
