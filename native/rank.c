/*
** crosscheck_bm25(fts, n0, n1, ...): FTS5's bm25() with column weights of 1, computed as
** SQLite 3.53's fts5_aux.c computes it, except that the number of rows matching each phrase of
** the query (its "nHit", for the phrase's IDF) is given by the caller, n0 for the first phrase,
** n1 for the second, instead of counted: bm25() counts it by walking the phrase's whole list of
** rows in the index (xQueryPhrase) on every query, every row of the table for a word such as
** "the", and that walk was 55% of an uncached search's instructions on 100,000 documents. The
** caller keeps the counts per ledger version (src/store/rank.ts). Same counts, same arithmetic
** in the same order: the same scores, bit for bit. Given no counts, or not one for each phrase
** (FTS5 drops a phrase with no tokens, such as "-", from the query, so the caller's phrases and
** FTS5's may not line up), it counts as bm25() does.
**
** A SQLite loadable extension, not a Node addon: it calls SQLite through the routines SQLite
** hands it (sqlite3ext.h), so it works with the SQLite better-sqlite3 carries under any Node
** version. Built at install by native/build.js; without it searches rank with bm25() itself.
*/
#include <math.h>
#include <string.h>
#include "sqlite3ext.h"
SQLITE_EXTENSION_INIT1

/* snippet.c: crosscheck_snippet(), FTS5's snippet() reading only the tokens it needs, and
** crosscheck_place(), where the snippet stands in its document. */
int crosscheckRegisterSnippet(sqlite3 *db, fts5_api *fts5);

typedef struct Bm25Data Bm25Data;
struct Bm25Data {
  int nPhrase;    /* Number of phrases in the query */
  double avgdl;   /* Average number of tokens in a row */
  double *aIDF;   /* IDF of each phrase */
  double *aFreq;  /* Each phrase's frequency in the current row */
};

/* Callback of xQueryPhrase: one more row matching the phrase. */
static int countRow(const Fts5ExtensionApi *pApi, Fts5Context *pFts, void *pUserData){
  (void)pApi;
  (void)pFts;
  (*(sqlite3_int64*)pUserData)++;
  return SQLITE_OK;
}

/* The query's Bm25Data, made on the first row from the table's totals and the counts given. */
static int bm25Data(
  const Fts5ExtensionApi *pApi, Fts5Context *pFts, int nVal, sqlite3_value **apVal, Bm25Data **ppData
){
  int rc = SQLITE_OK;
  Bm25Data *p = (Bm25Data*)pApi->xGetAuxdata(pFts, 0);
  if( p==0 ){
    sqlite3_int64 nRow = 0;
    sqlite3_int64 nToken = 0;
    int nPhrase = pApi->xPhraseCount(pFts);
    int i;
    p = (Bm25Data*)sqlite3_malloc64(sizeof(Bm25Data) + nPhrase*2*sizeof(double));
    if( p==0 ) return SQLITE_NOMEM;
    memset(p, 0, sizeof(Bm25Data) + nPhrase*2*sizeof(double));
    p->nPhrase = nPhrase;
    p->aIDF = (double*)&p[1];
    p->aFreq = &p->aIDF[nPhrase];
    rc = pApi->xRowCount(pFts, &nRow);
    if( rc==SQLITE_OK ) rc = pApi->xColumnTotalSize(pFts, -1, &nToken);
    if( rc==SQLITE_OK ) p->avgdl = (double)nToken / (double)nRow;
    for(i=0; rc==SQLITE_OK && i<nPhrase; i++){
      sqlite3_int64 nHit = 0;
      if( nVal==nPhrase ) nHit = sqlite3_value_int64(apVal[i]);
      else rc = pApi->xQueryPhrase(pFts, i, (void*)&nHit, countRow);
      /* bm25()'s IDF, floored at 1e-6 for a phrase in more than half the rows. */
      double idf = log( (nRow - nHit + 0.5) / (nHit + 0.5) );
      if( idf<=0.0 ) idf = 1e-6;
      p->aIDF[i] = idf;
    }
    if( rc!=SQLITE_OK ){
      sqlite3_free(p);
      return rc;
    }
    rc = pApi->xSetAuxdata(pFts, p, sqlite3_free);
    if( rc!=SQLITE_OK ) return rc;
  }
  *ppData = p;
  return rc;
}

static void bm25Function(
  const Fts5ExtensionApi *pApi, Fts5Context *pFts, sqlite3_context *pCtx, int nVal, sqlite3_value **apVal
){
  const double k1 = 1.2;
  const double b = 0.75;
  double score = 0.0;
  double D = 0.0;
  Bm25Data *pData = 0;
  int nInst = 0;
  int i;
  int rc = bm25Data(pApi, pFts, nVal, apVal, &pData);
  if( rc==SQLITE_OK ){
    memset(pData->aFreq, 0, sizeof(double) * pData->nPhrase);
    rc = pApi->xInstCount(pFts, &nInst);
  }
  for(i=0; rc==SQLITE_OK && i<nInst; i++){
    int ip, ic, io;
    rc = pApi->xInst(pFts, i, &ip, &ic, &io);
    if( rc==SQLITE_OK ) pData->aFreq[ip] += 1.0;
  }
  if( rc==SQLITE_OK ){
    int nTok;
    rc = pApi->xColumnSize(pFts, -1, &nTok);
    D = (double)nTok;
  }
  if( rc==SQLITE_OK ){
    for(i=0; i<pData->nPhrase; i++){
      score += pData->aIDF[i] * (
          ( pData->aFreq[i] * (k1 + 1.0) ) /
          ( pData->aFreq[i] + k1 * (1 - b + b * D / pData->avgdl) )
      );
    }
    sqlite3_result_double(pCtx, -1.0 * score);
  }else{
    sqlite3_result_error_code(pCtx, rc);
  }
}

/* FTS5's API object for this connection, fetched as the FTS5 documentation describes. */
static fts5_api *fts5Api(sqlite3 *db){
  fts5_api *pRet = 0;
  sqlite3_stmt *pStmt = 0;
  if( sqlite3_prepare_v2(db, "SELECT fts5(?1)", -1, &pStmt, 0)==SQLITE_OK ){
    sqlite3_bind_pointer(pStmt, 1, (void*)&pRet, "fts5_api_ptr", 0);
    sqlite3_step(pStmt);
  }
  sqlite3_finalize(pStmt);
  return pRet;
}

#ifdef _WIN32
__declspec(dllexport)
#endif
int sqlite3_crosscheckrank_init(sqlite3 *db, char **pzErrMsg, const sqlite3_api_routines *pApi){
  fts5_api *fts5;
  int rc;
  SQLITE_EXTENSION_INIT2(pApi);
  fts5 = fts5Api(db);
  if( fts5==0 || fts5->iVersion<2 ){
    *pzErrMsg = sqlite3_mprintf("crosscheck_bm25: this SQLite has no FTS5");
    return SQLITE_ERROR;
  }
  rc = fts5->xCreateFunction(fts5, "crosscheck_bm25", 0, bm25Function, 0);
  if( rc==SQLITE_OK ) rc = crosscheckRegisterSnippet(db, fts5);
  return rc;
}
