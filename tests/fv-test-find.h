/* fv-test-find.h — a model's facts found by id, as a reader walks them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Through the model's lists, which the window walks too: the program looks
 * up only events, figures and charts by id, and tests need no more API.
 */
#pragma once

#include "fv-model.h"

#define FV_TEST_DEFINE_FIND(Type, kind)                                       \
  static inline const Type *                                                  \
  find_##kind (FvModel    *model,                                             \
               const char *id)                                                \
  {                                                                           \
    for (guint i = 0; i < fv_model_get_n_##kind##s (model); i++)              \
      if (g_strcmp0 (fv_model_get_##kind (model, i)->id, id) == 0)            \
        return fv_model_get_##kind (model, i);                                \
    return NULL;                                                              \
  }

FV_TEST_DEFINE_FIND (FvSource, source)
FV_TEST_DEFINE_FIND (FvActor, actor)
FV_TEST_DEFINE_FIND (FvStatement, statement)
FV_TEST_DEFINE_FIND (FvCase, case)
