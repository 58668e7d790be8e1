/* fv-problem.h — one thing wrong with a fact model, and where
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define FV_MODEL_ERROR (fv_model_error_quark ())

/**
 * FvModelError:
 * Error codes of the fact model loader. A #GError in the %FV_MODEL_ERROR
 * domain carries the code of the first problem found; the problems
 * themselves (each with its place) come in a #GPtrArray of #FvProblem.
 */
typedef enum
{
  FV_MODEL_ERROR_IO = 1,          /* the file cannot be read */
  FV_MODEL_ERROR_NOT_REGULAR,     /* a directory, a FIFO, a device */
  FV_MODEL_ERROR_TOO_LARGE,       /* over FV_MODEL_MAX_FILE_SIZE */
  FV_MODEL_ERROR_SYNTAX,          /* not JSON (RFC 8259) */
  FV_MODEL_ERROR_ENCODING,        /* invalid UTF-8, lone surrogate, U+0000 */
  FV_MODEL_ERROR_TOO_DEEP,        /* nesting over FV_MODEL_MAX_DEPTH */
  FV_MODEL_ERROR_DUPLICATE_KEY,   /* the same member twice in an object */
  FV_MODEL_ERROR_NUMBER_RANGE,    /* a number that does not fit */
  FV_MODEL_ERROR_VERSION,         /* schema_version missing or unknown */
  FV_MODEL_ERROR_MISSING,         /* a required member is missing */
  FV_MODEL_ERROR_TYPE,            /* a value of the wrong JSON type */
  FV_MODEL_ERROR_UNKNOWN_MEMBER,  /* a member the schema does not have */
  FV_MODEL_ERROR_VALUE,           /* a value out of its range or form */
  FV_MODEL_ERROR_DATE,            /* a date that does not exist or disagrees */
  FV_MODEL_ERROR_DUPLICATE_ID,    /* two things with one id */
  FV_MODEL_ERROR_REFERENCE,       /* an id that points at nothing (or the wrong kind) */
} FvModelError;

typedef enum
{
  FV_PROBLEM_ERROR,    /* the model cannot be used */
  FV_PROBLEM_WARNING,  /* it can, but something is missing (a translation) */
} FvProblemSeverity;

typedef struct
{
  FvModelError code;
  FvProblemSeverity severity;
  guint        line;     /* 1-based; 0 when the place is not known */
  guint        column;   /* 1-based, in characters */
  char        *path;     /* JSON path such as $.events[3].date, or NULL */
  char        *message;  /* translated, without place */
  guint        n_more;   /* last of a full list: how many more there are, unstored */
} FvProblem;

/* A file with more problems than this gets them counted, not stored: one
 * megabyte of errors once took 444 MB. */
#define FV_PROBLEMS_MAX 1000

GQuark     fv_model_error_quark  (void);
GType      fv_problem_get_type   (void) G_GNUC_CONST;
FvProblem *fv_problem_new        (FvModelError     code,
                                  const char      *path,
                                  const char      *message);
FvProblem *fv_problem_copy       (const FvProblem *problem);
void       fv_problem_free       (FvProblem       *problem);
char      *fv_problem_to_string  (const FvProblem *problem,
                                  const char      *file_name);

void       fv_problems_shorten_paths (GPtrArray   *problems);
gboolean   fv_problems_full      (GPtrArray       *problems);
void       fv_problems_add       (GPtrArray       *problems,
                                  FvProblem       *problem);
void       fv_problems_count     (GPtrArray       *problems,
                                  FvModelError     code,
                                  FvProblemSeverity severity);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (FvProblem, fv_problem_free)

G_END_DECLS
