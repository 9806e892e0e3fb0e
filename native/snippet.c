/*
** crosscheck_snippet(fts, iCol, zOpen, zClose, zEllips, nToken): FTS5's snippet() for one column
** (iCol >= 0), the same text byte for byte, without tokenizing the whole column twice. snippet()
** tokenizes the column once to find where its sentences start and again to copy out the chosen
** window: for a search's page of 20 documents of a few thousand words each that was 27% of an
** uncached search's instructions on 100,000 documents. The choice of window needs only where the
** matches are (xInst, which the index gives without tokenizing) and where the sentences before
** them start, so this reads tokens only as far as the last window that could still win, then up to
** the end of the window chosen, in one pass, and copies the window out of the tokens' offsets.
**
** snippet()'s choice, as SQLite 3.53's fts5_aux.c makes it: for each match of the column in turn
** (ordered by offset), the window of nToken tokens centred on it, scored 1000 for each phrase in it
** and 1 for each further match; then, if the column has more than nToken tokens, the window that
** starts at the first token of the match's sentence (a token after ".", or ":", and blanks), when
** that is before the match, scored the same plus 100 (120 for the column's first token). A window
** replaces the best so far only with a higher score, so the first of equal ones wins.
**
** When to stop reading: any window's score is at most that of the window starting at its first
** match (which holds it and more), so no window starting at or after token s scores more than the
** best of the centred windows on the matches at or after s. The sentence windows still to come
** start at or after the sentence of the last token read; once the best so far is at least that
** bound plus the sentence bonus, no later window can replace it.
*/
#include <string.h>
#include "sqlite3ext.h"
SQLITE_EXTENSION_INIT3

typedef struct Snip Snip;
struct Snip {
  const Fts5ExtensionApi *pApi;
  Fts5Context *pFts;
  const char *zDoc;     /* The column's text */
  int nToken;           /* Tokens in a window */
  int nDocsize;         /* Tokens in the column */
  int bSentences;       /* nDocsize>nToken: sentence windows are candidates */
  int nPhrase;
  unsigned char *aSeen; /* One flag per phrase, for scoring a window */

  /* The column's matches, in xInst's order (by offset), and each one's centred window. */
  int nInst;
  int *aPhrase;         /* Its phrase */
  int *aOff;            /* Its first token */
  int *aSize;           /* Its phrase's size in tokens */
  int *aScore;          /* The score of the window starting at it */
  int *aAdj;            /* Where its centred window starts */
  int *aMax;            /* aMax[k]: the highest aScore[k..nInst-1]; aMax[nInst] is 0 */

  /* The choice so far. */
  int iNext;            /* The next match to consider */
  int nBest;            /* Best score so far */
  int iBestStart;       /* Its window's first token */
  int bChosen;          /* No later window can win */
  int iStop;            /* When chosen: the window's last token */

  /* The tokens read so far. */
  int nRead;            /* Tokens read */
  int iSentence;        /* First token of the last token's sentence */
  int iFromSentence;    /* First match at or after iSentence */
  int *aTok;            /* Start and end byte of each token read */
  int nTokAlloc;        /* Tokens aTok has room for */
};

/* The score of the window of nToken tokens at iPos, as fts5SnippetScore() computes it, and (if
** piAdj) where the window centred on its matches starts. */
static int windowScore(Snip *p, int iPos, int *piAdj){
  int nScore = 0;
  int iFirst = -1;
  int iLast = 0;
  sqlite3_int64 iEnd = (sqlite3_int64)iPos + p->nToken;
  int lo = 0, hi = p->nInst;
  int i;
  /* The matches are ordered by offset: the first at or after iPos, by bisection. */
  while( lo<hi ){
    int mid = (lo+hi)/2;
    if( p->aOff[mid]<iPos ) lo = mid+1; else hi = mid;
  }
  memset(p->aSeen, 0, p->nPhrase);
  for(i=lo; i<p->nInst && p->aOff[i]<iEnd; i++){
    nScore += (p->aSeen[p->aPhrase[i]] ? 1 : 1000);
    p->aSeen[p->aPhrase[i]] = 1;
    if( iFirst<0 ) iFirst = p->aOff[i];
    iLast = p->aOff[i] + p->aSize[i];
  }
  if( piAdj ){
    sqlite3_int64 iAdj = iFirst - (p->nToken - (iLast-iFirst)) / 2;
    if( (iAdj+p->nToken)>p->nDocsize ) iAdj = p->nDocsize - p->nToken;
    if( iAdj<0 ) iAdj = 0;
    *piAdj = (int)iAdj;
  }
  return nScore;
}

/* Match k's two candidate windows, in snippet()'s order: centred on it, then from its sentence. */
static void consider(Snip *p, int k){
  int io = p->aOff[k];
  if( p->aScore[k]>p->nBest ){
    p->nBest = p->aScore[k];
    p->iBestStart = p->aAdj[k];
  }
  if( p->bSentences && p->nRead>0 && p->iSentence<io ){
    int s = p->iSentence;
    int nScore = windowScore(p, s, 0) + (s==0 ? 120 : 100);
    if( nScore>p->nBest ){
      p->nBest = nScore;
      p->iBestStart = s;
    }
  }
}

/* Marks the choice made once no window to come can score more than the best so far. */
static void checkChosen(Snip *p){
  int nBonus = p->iSentence==0 ? 120 : 100;
  while( p->iFromSentence<p->nInst && p->aOff[p->iFromSentence]<p->iSentence ) p->iFromSentence++;
  if( p->iNext==p->nInst || p->nBest>=p->aMax[p->iFromSentence] + nBonus ){
    p->bChosen = 1;
    p->iStop = p->iBestStart + p->nToken - 1;
  }
}

/* The tokenizer's callback: keeps each token's offsets, follows the sentences, considers the
** matches at each token, and stops the tokenizer (SQLITE_DONE) after the chosen window's end. */
static int readToken(
  void *pCtx, int tflags, const char *pToken, int nTok, int iStartOff, int iEndOff
){
  Snip *p = (Snip*)pCtx;
  int iPos;
  (void)pToken;
  (void)nTok;
  if( tflags & FTS5_TOKEN_COLOCATED ) return SQLITE_OK;
  iPos = p->nRead;
  if( iPos==p->nTokAlloc ){
    int nNew = p->nTokAlloc ? p->nTokAlloc*2 : 64;
    int *aNew = (int*)sqlite3_realloc64(p->aTok, (sqlite3_int64)nNew*2*sizeof(int));
    if( aNew==0 ) return SQLITE_NOMEM;
    p->aTok = aNew;
    p->nTokAlloc = nNew;
  }
  p->aTok[2*iPos] = iStartOff;
  p->aTok[2*iPos+1] = iEndOff;
  p->nRead++;
  if( iPos==0 ){
    p->iSentence = 0;
  }else{
    /* fts5SentenceFinderCb()'s test: blanks, then "." or ":", before the token. */
    int i;
    char c = 0;
    for(i=iStartOff-1; i>=0; i--){
      c = p->zDoc[i];
      if( c!=' ' && c!='\t' && c!='\n' && c!='\r' ) break;
    }
    if( i!=iStartOff-1 && (c=='.' || c==':') ) p->iSentence = iPos;
  }
  if( !p->bChosen ){
    while( p->iNext<p->nInst && p->aOff[p->iNext]==iPos ) consider(p, p->iNext++);
    checkChosen(p);
  }
  return (p->bChosen && iPos>=p->iStop) ? SQLITE_DONE : SQLITE_OK;
}

/* A growable output string. */
typedef struct Out Out;
struct Out {
  char *z;
  sqlite3_int64 n;
  sqlite3_int64 nAlloc;
  int rc;
};

static void append(Out *o, const char *z, sqlite3_int64 n){
  if( o->rc!=SQLITE_OK || z==0 ) return;
  if( n<0 ) n = (sqlite3_int64)strlen(z);
  if( o->n+n+1>o->nAlloc ){
    sqlite3_int64 nNew = (o->n+n+1)*2;
    char *zNew = (char*)sqlite3_realloc64(o->z, nNew);
    if( zNew==0 ){
      o->rc = SQLITE_NOMEM;
      return;
    }
    o->z = zNew;
    o->nAlloc = nNew;
  }
  memcpy(&o->z[o->n], z, n);
  o->n += n;
  o->z[o->n] = 0;
}

/* fts5CInstIterNext(): the next run of overlapping matches, from match *pi; -1 at the end. */
static void nextRun(Snip *p, int *pi, int *piStart, int *piEnd){
  *piStart = -1;
  *piEnd = -1;
  while( *pi<p->nInst ){
    int io = p->aOff[*pi];
    int iEnd = io - 1 + p->aSize[*pi];
    if( *piStart<0 ){
      *piStart = io;
      *piEnd = iEnd;
    }else if( io<=*piEnd ){
      if( iEnd>*piEnd ) *piEnd = iEnd;
    }else{
      break;
    }
    (*pi)++;
  }
}

/* The chosen window copied out of the text with the matches marked, as fts5HighlightCb() does
** token by token for the window's tokens, then the ellipses snippet() adds. */
static void copyWindow(Snip *p, const char *zOpen, const char *zClose, const char *zEllips, int nIn, Out *o){
  int iRangeStart = p->iBestStart;
  int iRangeEnd = p->iBestStart + p->nToken - 1;
  int iInst = 0, iStart, iEnd;
  int iOff = 0;
  int bOpen = 0;
  int iPos;
  if( iRangeStart>0 ) append(o, zEllips, -1);
  nextRun(p, &iInst, &iStart, &iEnd);
  while( iStart>=0 && iStart<iRangeStart ) nextRun(p, &iInst, &iStart, &iEnd);
  for(iPos=iRangeStart; iPos<=iRangeEnd && iPos<p->nRead; iPos++){
    int iStartOff = p->aTok[2*iPos];
    int iEndOff = p->aTok[2*iPos+1];
    if( iRangeStart && iPos==iRangeStart ) iOff = iStartOff;
    if( bOpen && (iPos<=iStart || iStart<0) && iStartOff>iOff ){
      append(o, zClose, -1);
      bOpen = 0;
    }
    if( iPos==iStart && bOpen==0 ){
      append(o, &p->zDoc[iOff], iStartOff - iOff);
      append(o, zOpen, -1);
      iOff = iStartOff;
      bOpen = 1;
    }
    if( iPos==iEnd ){
      if( bOpen==0 ){
        append(o, zOpen, -1);
        bOpen = 1;
      }
      append(o, &p->zDoc[iOff], iEndOff - iOff);
      iOff = iEndOff;
      nextRun(p, &iInst, &iStart, &iEnd);
    }
    if( iPos==iRangeEnd ){
      if( bOpen ){
        if( iStart>=0 && iPos>=iStart ){
          append(o, &p->zDoc[iOff], iEndOff - iOff);
          iOff = iEndOff;
        }
        append(o, zClose, -1);
        bOpen = 0;
      }
      append(o, &p->zDoc[iOff], iEndOff - iOff);
      iOff = iEndOff;
    }
  }
  if( bOpen ) append(o, zClose, -1);
  if( iRangeEnd>=(p->nDocsize-1) ){
    append(o, &p->zDoc[iOff], nIn - iOff);
  }else{
    append(o, zEllips, -1);
  }
}

static const char *textOf(sqlite3_value *pVal){
  const char *z = (const char*)sqlite3_value_text(pVal);
  return z ? z : "";
}

static void snippetFunction(
  const Fts5ExtensionApi *pApi, Fts5Context *pFts, sqlite3_context *pCtx, int nVal, sqlite3_value **apVal
){
  Snip s;
  Out o;
  int rc = SQLITE_OK;
  int iCol, nIn = 0, nAll = 0, i, k;
  const char *zOpen, *zClose, *zEllips;
  const char *pLoc = 0;
  int nLoc = 0;
  int *aAll = 0;

  if( nVal!=5 ){
    sqlite3_result_error(pCtx, "wrong number of arguments to function crosscheck_snippet()", -1);
    return;
  }
  iCol = sqlite3_value_int(apVal[0]);
  if( iCol<0 || iCol>=pApi->xColumnCount(pFts) ){
    sqlite3_result_error(pCtx, "crosscheck_snippet(): no such column", -1);
    return;
  }
  zOpen = textOf(apVal[1]);
  zClose = textOf(apVal[2]);
  zEllips = textOf(apVal[3]);
  memset(&s, 0, sizeof(s));
  memset(&o, 0, sizeof(o));
  s.pApi = pApi;
  s.pFts = pFts;
  s.nToken = sqlite3_value_int(apVal[4]);
  s.nPhrase = pApi->xPhraseCount(pFts);

  rc = pApi->xColumnText(pFts, iCol, &s.zDoc, &nIn);
  if( rc==SQLITE_OK ) rc = pApi->xColumnSize(pFts, iCol, &s.nDocsize);
  if( rc==SQLITE_OK ) rc = pApi->xInstCount(pFts, &nAll);
  if( rc==SQLITE_OK ){
    /* One block: the phrases' flags and six ints for each match (of any column, an upper bound). */
    sqlite3_int64 nByte = (sqlite3_int64)s.nPhrase + 1 + (sqlite3_int64)(nAll+1)*6*sizeof(int);
    aAll = (int*)sqlite3_malloc64(nByte);
    if( aAll==0 ) rc = SQLITE_NOMEM;
    else{
      s.aPhrase = aAll;
      s.aOff = &aAll[nAll];
      s.aSize = &aAll[nAll*2];
      s.aScore = &aAll[nAll*3];
      s.aAdj = &aAll[nAll*4];
      s.aMax = &aAll[nAll*5];
      s.aSeen = (unsigned char*)&aAll[nAll*6+1];
    }
  }
  for(i=0; rc==SQLITE_OK && i<nAll; i++){
    int ip, ic, io;
    rc = pApi->xInst(pFts, i, &ip, &ic, &io);
    if( rc==SQLITE_OK && ic==iCol ){
      if( io>s.nDocsize ){
        rc = SQLITE_CORRUPT_VTAB;
      }else{
        s.aPhrase[s.nInst] = ip;
        s.aOff[s.nInst] = io;
        s.aSize[s.nInst] = pApi->xPhraseSize(pFts, ip);
        s.nInst++;
      }
    }
  }
  if( rc==SQLITE_OK && s.zDoc ){
    s.bSentences = s.nDocsize>s.nToken;
    for(k=0; k<s.nInst; k++) s.aScore[k] = windowScore(&s, s.aOff[k], &s.aAdj[k]);
    s.aMax[s.nInst] = 0;
    for(k=s.nInst-1; k>=0; k--) s.aMax[k] = s.aScore[k]>s.aMax[k+1] ? s.aScore[k] : s.aMax[k+1];
    if( !s.bSentences ){
      /* No sentence windows: the centred ones alone decide, before any token is read. */
      while( s.iNext<s.nInst ) consider(&s, s.iNext++);
    }
    if( s.iNext==s.nInst ){
      s.bChosen = 1;
      s.iStop = s.iBestStart + s.nToken - 1;
    }
    rc = pApi->xColumnLocale(pFts, iCol, &pLoc, &nLoc);
    if( rc==SQLITE_OK ) rc = pApi->xTokenize_v2(pFts, s.zDoc, nIn, pLoc, nLoc, (void*)&s, readToken);
    if( rc==SQLITE_DONE ) rc = SQLITE_OK;
    /* Matches past the last token (none in a sound index) are considered as snippet() would. */
    while( rc==SQLITE_OK && !s.bChosen && s.iNext<s.nInst ) consider(&s, s.iNext++);
    if( rc==SQLITE_OK ) copyWindow(&s, zOpen, zClose, zEllips, nIn, &o);
    if( rc==SQLITE_OK ) rc = o.rc;
  }
  if( rc!=SQLITE_OK ){
    sqlite3_result_error_code(pCtx, rc);
  }else if( s.zDoc ){
    sqlite3_result_text(pCtx, o.z ? o.z : "", -1, SQLITE_TRANSIENT);
  }else{
    sqlite3_result_null(pCtx);
  }
  sqlite3_free(o.z);
  sqlite3_free(s.aTok);
  sqlite3_free(aAll);
}

/*
** crosscheck_place(text, part): where part first stands in text, in UTF-16 code units (the offsets
** JavaScript strings and the ledger's spans count), or NULL where it does not; what
** `length(substr(text, 1, instr(text, part) - 1))` read into JavaScript gives, without reading the
** text before it into JavaScript (a snippet's place in its document: the document's first
** thousand bytes on average, for each hit). Text as SQLite stores it, UTF-8: each byte that starts
** a character is one unit, and a character of four bytes (beyond the Basic Multilingual Plane, an
** emoji) two.
*/
static const char *find(const char *z, int n, const char *zPart, int nPart){
  /* memchr for the first byte, then memcmp: portable (memmem is not in every C library). */
  const char *zEnd = z + n - nPart;
  while( z<=zEnd ){
    const char *zAt = (const char*)memchr(z, zPart[0], (size_t)(zEnd - z) + 1);
    if( zAt==0 ) return 0;
    if( memcmp(zAt, zPart, nPart)==0 ) return zAt;
    z = zAt + 1;
  }
  return 0;
}

static void placeFunction(sqlite3_context *pCtx, int nVal, sqlite3_value **apVal){
  const char *zText = (const char*)sqlite3_value_text(apVal[0]);
  int nText = sqlite3_value_bytes(apVal[0]);
  const char *zPart = (const char*)sqlite3_value_text(apVal[1]);
  int nPart = sqlite3_value_bytes(apVal[1]);
  const char *zAt;
  sqlite3_int64 nUnits = 0;
  const unsigned char *z;
  (void)nVal;
  if( zText==0 || zPart==0 ) return;
  zAt = nPart==0 ? zText : find(zText, nText, zPart, nPart);
  if( zAt==0 ) return;
  for(z=(const unsigned char*)zText; z<(const unsigned char*)zAt; z++){
    if( (*z & 0xC0)!=0x80 ) nUnits += (*z>=0xF0 ? 2 : 1);
  }
  sqlite3_result_int64(pCtx, nUnits);
}

/* Registers crosscheck_snippet() with FTS5 and crosscheck_place() with the connection: called by
** the extension's entry point (rank.c). */
int crosscheckRegisterSnippet(sqlite3 *db, fts5_api *fts5){
  int rc = fts5->xCreateFunction(fts5, "crosscheck_snippet", 0, snippetFunction, 0);
  if( rc==SQLITE_OK ){
    rc = sqlite3_create_function(
        db, "crosscheck_place", 2, SQLITE_UTF8|SQLITE_DETERMINISTIC|SQLITE_INNOCUOUS, 0, placeFunction, 0, 0
    );
  }
  return rc;
}
