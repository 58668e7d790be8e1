/* fv-model-types.h — the facts of a story, as the loader leaves them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Plain structs, owned by their FvModel and immutable once it is loaded:
 * views hold the model and borrow these. Every id has been checked to point
 * at a thing of the right kind, so the pointers here are never dangling.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct _FvModel FvModel;

typedef struct _FvSource    FvSource;
typedef struct _FvActor     FvActor;
typedef struct _FvEvent     FvEvent;
typedef struct _FvStatement FvStatement;
typedef struct _FvFigure    FvFigure;
typedef struct _FvCase      FvCase;
typedef struct _FvChart     FvChart;

typedef enum
{
  FV_DATE_PRECISION_NONE = 0,  /* no date */
  FV_DATE_PRECISION_YEAR,
  FV_DATE_PRECISION_MONTH,
  FV_DATE_PRECISION_DAY,
} FvDatePrecision;

/* A date as precise as the model knows it: month and day are 0 when unknown,
 * never made up. */
typedef struct
{
  gint16  year;
  guint8  month;
  guint8  day;
  guint8  precision;  /* FvDatePrecision */
} FvDate;

typedef struct
{
  const char *language;  /* a language tag, such as "es" or "pt-BR" */
  const char *value;
} FvTranslation;

/* A text a person reads, in the model's language and perhaps others.
 * Read it with fv_model_text(), in the reader's languages. */
typedef struct
{
  const char          *original;  /* NULL when the text is absent */
  const FvTranslation *translations;
  guint                n_translations;
} FvText;

/* Where a fact comes from: a source, the paragraph in it, and the exact
 * words where the fact is a quotation (a W3C TextQuoteSelector's "exact"). */
typedef struct
{
  const FvSource     *source;
  guint               paragraph;  /* 1-based; 0 when not given */
  const char         *locator;    /* "Sec. 8(a)", for sources without paragraphs */
  const char         *quote;      /* the exact words, or NULL */
  const char * const *fields;     /* the members this reference backs, or NULL for all */
  const char         *reckoning;  /* the model's own reckoning from this place, or NULL */
} FvReference;

typedef struct
{
  const FvReference *items;
  guint              n_items;
} FvReferences;

typedef enum
{
  FV_SOURCE_ARTICLE,
  FV_SOURCE_STUDY,
  FV_SOURCE_REPORT,
  FV_SOURCE_PUBLIC_RECORD,
  FV_SOURCE_COURT_RECORD,
  FV_SOURCE_OTHER,
} FvSourceKind;

struct _FvSource
{
  const char   *id;
  FvSourceKind  kind;
  FvText        title;
  gboolean      title_is_description;  /* the model's words for a source without a title */
  const char   *author;
  FvText        publisher;   /* an institution's name: official, a translation beside it */
  FvDate        date;
  const char   *url;
  FvDate        accessed;    /* when the web page was read, for a web source */
  const char   *stored_copy; /* the address of a stored copy of the page that was read, or NULL */
  FvText        note;
  guint         paragraphs;  /* how many paragraphs it has; 0 when not counted */
  gboolean      story;       /* role: "story": the story the model is made from */
  const char   *text_file;   /* its text, relative to the model's folder, or NULL */
};

typedef enum
{
  FV_ACTOR_PERSON,
  FV_ACTOR_ORGANIZATION,
  FV_ACTOR_GOVERNMENT,
  FV_ACTOR_GROUP,
} FvActorKind;

struct _FvActor
{
  const char    *id;
  FvActorKind    kind;
  FvText         name;
  FvText         role;
  FvReferences   references;
};

struct _FvEvent
{
  const char      *id;
  FvDate           date;
  FvDate           end;          /* precision NONE for a point in time */
  gboolean         approximate;
  FvText           title;
  FvText           description;
  const FvActor  **actors;
  guint            n_actors;
  FvReferences     references;
  const FvEvent   *after;        /* an event the source says this one came after, or NULL */
  const FvEvent   *before;       /* for an event without a date: one it came before, or NULL */
  /* An event without a date, placed between the dated events around it in
   * date order: the days it may lie in, as day numbers; FALSE when no
   * dated event is on one side of it. */
  gboolean         placed;
  gint32           placed_from;
  gint32           placed_to;
};

typedef enum
{
  FV_STATEMENT_QUOTATION,
  FV_STATEMENT_PARAPHRASE,
} FvStatementKind;

struct _FvStatement
{
  const char      *id;
  const FvActor   *actor;
  FvStatementKind  kind;
  FvText           words;        /* for a quotation: exactly what was said, its parts
                                  * joined with fv_language_quotation_gap() */
  const char * const *parts;     /* a quotation interrupted in the story: its parts, or NULL */
  guint            n_parts;
  FvText           translation;  /* of a quotation into other languages */
  FvText           setting;
  FvText           about;
  FvDate           date;
  FvReferences     references;
  const FvStatement *answers;    /* the statement this one answers, earlier in the file, or NULL */
};

/* How exact a figure's value is: "more than $626 million", "about 80%". */
typedef enum
{
  FV_QUALIFIER_NONE,
  FV_QUALIFIER_AT_LEAST,
  FV_QUALIFIER_ABOUT,
  FV_QUALIFIER_AT_MOST,
  FV_QUALIFIER_UP_TO,
} FvQualifier;

typedef enum
{
  FV_UNIT_PERCENT,
  FV_UNIT_COUNT,
  FV_UNIT_CURRENCY,
  FV_UNIT_NONE,      /* only while a model with a wrong unit is read */
} FvUnit;

struct _FvFigure
{
  const char     *id;
  FvText          label;
  double          value;
  FvQualifier     qualifier;
  FvUnit          unit;
  char            currency[4];  /* ISO 4217, for FV_UNIT_CURRENCY */
  FvText          population;   /* who or what it counts */
  FvText          measure;      /* the question asked, or the method */
  FvDate          date;
  const FvActor  *actor;        /* who found or reported it */
  const FvActor  *subject;      /* whom or what it is about */
  FvReferences    references;
};

typedef struct
{
  FvText        text;
  FvReferences  references;
} FvCaseItem;

struct _FvCase
{
  const char          *id;
  FvText               title;
  FvText               place;
  const FvActor       *subject;
  FvText               summary;
  const FvCaseItem    *tactics;
  guint                n_tactics;
  const FvCaseItem    *outcomes;
  guint                n_outcomes;
  FvCaseItem           lesson;       /* why the story tells it */
  FvText               tactics_heading;   /* absent: "Tactics" */
  FvText               outcomes_heading;  /* absent: "What came of it" */
  FvText               lesson_heading;    /* absent: "Why the story tells it" */
  const FvEvent      **events;
  guint                n_events;
  const FvFigure     **figures;
  guint                n_figures;
  const FvStatement  **statements;
  guint                n_statements;
  FvReferences         references;
};

typedef enum
{
  FV_CHART_TIMELINE,
  FV_CHART_BAR,
} FvChartType;

typedef enum
{
  FV_TAB_TIMELINE,
  FV_TAB_CASE,
  FV_TAB_STATEMENTS,
  FV_N_TABS
} FvTab;

typedef struct
{
  FvText          label;
  const FvEvent **events;   /* in date order */
  guint           n_events;
} FvChartLane;

struct _FvChart
{
  const char         *id;
  FvChartType         type;
  FvTab               tab;
  FvText              title;
  FvText              subtitle;
  FvText              description;  /* for screen readers; written from the data when absent */
  FvText              source_line;  /* written from the references when absent */
  const FvChartLane  *lanes;        /* timeline charts */
  guint               n_lanes;
  const FvFigure    **figures;      /* bar charts */
  guint               n_figures;
  double              axis_max;     /* bar charts: the axis's end, or 0 to take it from the data */
};

G_END_DECLS
