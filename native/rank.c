/*
** crosscheck_bm25(fts, slot, version, n0, n1, ...): FTS5's bm25() with column weights of 1,
** computed as SQLite 3.53's fts5_aux.c computes it, except that the number of rows matching each
** phrase of the query (its "nHit", for the phrase's IDF) is given by the caller, n0 for the
** first phrase, n1 for the second, instead of counted: bm25() counts it by walking the phrase's
** whole list of rows in the index (xQueryPhrase) on every query, every row of the table for a
** word such as "the", and that walk was 55% of an uncached search's instructions on 100,000
** documents. The caller keeps the counts per ledger version (src/store/rank.ts). Same counts,
** same arithmetic in the same order: the same scores, bit for bit. Given no counts, or not one
** for each phrase (FTS5 drops a phrase with no tokens, such as "-", from the query, so the
** caller's phrases and FTS5's may not line up), it counts as bm25() does.
**
** It also keeps each row's length in tokens, which bm25() reads from the table's *_docsize on
** every row it scores (a b-tree look-up and the record's varints: 11% of an uncached search's
** instructions), in an array by rowid per connection, filled as rows are scored. The caller names
** the array (slot: one per table) and the ledger's version: a version other than the array's
** empties it, since any commit may have replaced a row under the same rowid. A NULL slot keeps
** nothing.
**
** A SQLite loadable extension, not a Node addon: it calls SQLite through the routines SQLite
** hands it (sqlite3ext.h), so it works with the SQLite better-sqlite3 carries under any Node
** version. Built at install by native/build.js; without it searches rank with bm25() itself.
*/
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include "sqlite3ext.h"
SQLITE_EXTENSION_INIT1

/* snippet.c: crosscheck_snippet(), FTS5's snippet() reading only the tokens it needs, and
** crosscheck_place(), where the snippet stands in its document. */
int crosscheckRegisterSnippet(sqlite3 *db, fts5_api *fts5);

/* Rows' lengths kept for one table of one connection (see the header). aLen[iRowid] is the
** length plus one, 0 when not known yet. */
#define N_SLOT 4
#define MAX_KEPT_ROWID 33554432  /* 2^25 rows, 128 MB: a rowid beyond is looked up each time */
typedef struct RowLengths RowLengths;
struct RowLengths {
  sqlite3_int64 iVersion;
  int *aLen;
  sqlite3_int64 nAlloc;
};
typedef struct RankState RankState;
struct RankState {
  RowLengths aSlot[N_SLOT];
};

static void rankStateFree(void *p){
  RankState *pState = (RankState*)p;
  int i;
  for(i=0; i<N_SLOT; i++) sqlite3_free(pState->aSlot[i].aLen);
  sqlite3_free(pState);
}

/* The slot the call names for this version, emptied if it was kept for another; 0 for none. */
static RowLengths *rowLengths(RankState *pState, sqlite3_value *pSlot, sqlite3_value *pVersion){
  RowLengths *p;
  sqlite3_int64 iSlot;
  sqlite3_int64 iVersion;
  if( pState==0 || sqlite3_value_type(pSlot)!=SQLITE_INTEGER ) return 0;
  iSlot = sqlite3_value_int64(pSlot);
  if( iSlot<0 || iSlot>=N_SLOT ) return 0;
  p = &pState->aSlot[iSlot];
  iVersion = sqlite3_value_int64(pVersion);
  if( iVersion!=p->iVersion ){
    if( p->aLen ) memset(p->aLen, 0, p->nAlloc*sizeof(int));
    p->iVersion = iVersion;
  }
  return p;
}

/* The current row's length in tokens, all columns: kept in p when there is one, else (and the
** first time) as bm25() reads it, with xColumnSize. */
static int rowLength(const Fts5ExtensionApi *pApi, Fts5Context *pFts, RowLengths *p, int *pnTok){
  sqlite3_int64 iRowid = pApi->xRowid(pFts);
  int rc;
  if( p && iRowid>=0 && iRowid<p->nAlloc && p->aLen[iRowid]>0 ){
    *pnTok = p->aLen[iRowid] - 1;
    return SQLITE_OK;
  }
  rc = pApi->xColumnSize(pFts, -1, pnTok);
  if( rc==SQLITE_OK && p && iRowid>=0 && iRowid<MAX_KEPT_ROWID && *pnTok>=0 ){
    if( iRowid>=p->nAlloc ){
      sqlite3_int64 nNew = p->nAlloc ? p->nAlloc*2 : 4096;
      int *aNew;
      while( nNew<=iRowid ) nNew *= 2;
      if( nNew>MAX_KEPT_ROWID ) nNew = MAX_KEPT_ROWID;
      aNew = (int*)sqlite3_realloc64(p->aLen, nNew*sizeof(int));
      /* Out of memory: the length is still right, only not kept. */
      if( aNew==0 ) return SQLITE_OK;
      memset(&aNew[p->nAlloc], 0, (nNew - p->nAlloc)*sizeof(int));
      p->aLen = aNew;
      p->nAlloc = nNew;
    }
    p->aLen[iRowid] = *pnTok + 1;
  }
  return rc;
}

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
  int rc;
  RowLengths *pLengths = 0;
  if( nVal<2 ){
    sqlite3_result_error(pCtx, "crosscheck_bm25: give a slot and a version", -1);
    return;
  }
  pLengths = rowLengths((RankState*)pApi->xUserData(pFts), apVal[0], apVal[1]);
  /* The phrases' counts follow the slot and the version. */
  rc = bm25Data(pApi, pFts, nVal-2, &apVal[2], &pData);
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
    rc = rowLength(pApi, pFts, pLengths, &nTok);
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

/*
** crosscheck_order(id, r): an aggregate, the ids of its rows ordered as "ORDER BY r, id" orders
** them (r ascending, NULL first; then id ascending), as a JSON array of integers. A search ranks
** the newest 500 matches of each kind: SQLite's sorter, which builds and compares a record for
** each row, was 10% of an uncached search's instructions, and handing 500 rows to JavaScript one
** at a time more; this sorts pairs in C and hands over one text.
*/
typedef struct OrderRow OrderRow;
struct OrderRow {
  sqlite3_int64 iId;
  double r;
  int bNull;     /* r is NULL */
};
typedef struct OrderAgg OrderAgg;
struct OrderAgg {
  OrderRow *aRow;
  sqlite3_int64 nRow;
  sqlite3_int64 nAlloc;
  int bNoMem;
};

static void orderStep(sqlite3_context *pCtx, int nVal, sqlite3_value **apVal){
  OrderAgg *p = (OrderAgg*)sqlite3_aggregate_context(pCtx, sizeof(OrderAgg));
  OrderRow *pRow;
  (void)nVal;
  if( p==0 || p->bNoMem ) return;
  if( p->nRow==p->nAlloc ){
    sqlite3_int64 nNew = p->nAlloc ? p->nAlloc*2 : 512;
    OrderRow *aNew = (OrderRow*)sqlite3_realloc64(p->aRow, nNew*sizeof(OrderRow));
    if( aNew==0 ){
      p->bNoMem = 1;
      return;
    }
    p->aRow = aNew;
    p->nAlloc = nNew;
  }
  pRow = &p->aRow[p->nRow++];
  pRow->iId = sqlite3_value_int64(apVal[0]);
  pRow->bNull = sqlite3_value_type(apVal[1])==SQLITE_NULL;
  pRow->r = pRow->bNull ? 0.0 : sqlite3_value_double(apVal[1]);
}

static int orderCompare(const void *pA, const void *pB){
  const OrderRow *a = (const OrderRow*)pA;
  const OrderRow *b = (const OrderRow*)pB;
  if( a->bNull!=b->bNull ) return a->bNull ? -1 : 1;
  if( a->r<b->r ) return -1;
  if( a->r>b->r ) return 1;
  return a->iId<b->iId ? -1 : a->iId>b->iId;
}

/* Writes iVal in decimal at z, returning the number of characters (at most 20): snprintf()
** cost 300 instructions a rowid. */
static int writeInt(char *z, sqlite3_int64 iVal){
  char aBuf[20];
  int nBuf = 0;
  int n = 0;
  /* Unsigned, so that the lowest int64 has a magnitude. */
  sqlite3_uint64 u = iVal<0 ? (sqlite3_uint64)0 - (sqlite3_uint64)iVal : (sqlite3_uint64)iVal;
  if( iVal<0 ) z[n++] = '-';
  do{
    aBuf[nBuf++] = (char)('0' + u%10);
    u /= 10;
  }while( u>0 );
  while( nBuf>0 ) z[n++] = aBuf[--nBuf];
  return n;
}

static void orderFinal(sqlite3_context *pCtx){
  OrderAgg *p = (OrderAgg*)sqlite3_aggregate_context(pCtx, 0);
  char *zOut;
  sqlite3_int64 n = 0;
  sqlite3_int64 i;
  if( p==0 || p->nRow==0 ){
    sqlite3_result_text(pCtx, "[]", 2, SQLITE_STATIC);
  }else if( p->bNoMem ){
    sqlite3_result_error_nomem(pCtx);
  }else{
    qsort(p->aRow, (size_t)p->nRow, sizeof(OrderRow), orderCompare);
    /* At most 20 characters and a comma a rowid, and the brackets. */
    zOut = (char*)sqlite3_malloc64(p->nRow*21 + 2);
    if( zOut==0 ){
      sqlite3_result_error_nomem(pCtx);
    }else{
      zOut[n++] = '[';
      for(i=0; i<p->nRow; i++){
        if( i>0 ) zOut[n++] = ',';
        n += writeInt(&zOut[n], p->aRow[i].iId);
      }
      zOut[n++] = ']';
      sqlite3_result_text64(pCtx, zOut, (sqlite3_uint64)n, sqlite3_free, SQLITE_UTF8);
    }
  }
  if( p ) sqlite3_free(p->aRow);
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
  {
    RankState *pState = (RankState*)sqlite3_malloc64(sizeof(RankState));
    if( pState==0 ) return SQLITE_NOMEM;
    memset(pState, 0, sizeof(RankState));
    rc = fts5->xCreateFunction(fts5, "crosscheck_bm25", (void*)pState, bm25Function, rankStateFree);
    if( rc!=SQLITE_OK ) rankStateFree(pState);
  }
  if( rc==SQLITE_OK ) rc = crosscheckRegisterSnippet(db, fts5);
  if( rc==SQLITE_OK ){
    rc = sqlite3_create_function(
      db, "crosscheck_order", 2, SQLITE_UTF8|SQLITE_INNOCUOUS, 0, 0, orderStep, orderFinal
    );
  }
  return rc;
}
