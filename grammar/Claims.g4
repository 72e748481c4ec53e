// The claims language (normative text: shared design claims-language.md; reference: spec/LANGUAGE.md).
// Precedence by rule layering, loosest first: lambda, implies (right), or, and, not, relations,
// + -, * /, unary -, ^ (right), application. The parser (org.infobound.lang.parse) splits a file
// into top-level declarations and parses each with `declaration`, so that a syntax error in one
// claim never hides the others.
grammar Claims;

file        : declaration* EOF ;
declEof     : declaration EOF ;
exprEof     : expr EOF ;

declaration
    : SOURCE STRING                                                  # sourceDecl
    | LET name=ID ('(' params+=ID (',' params+=ID)* ')')? '=' expr   # letDecl
    | kind=(CLAIM | THEOREM) name=ID desc=STRING? (CITE cite=STRING)?
      (FORALL binders)? (WHERE defs)? (ASSUMING assume=expr)?
      ':' formula=expr (EXPECT verdict=ID)?                          # claimDecl
    ;

binders     : binder (',' binder)* ;
binder      : names+=ID (',' names+=ID)* IN domain ;
defs        : def (',' def)* ;
def         : ID '=' expr ;

domain
    : DIST '(' lo=expr ('..' hi=expr)? (',' distOption)* ')'         # distDomain
    | CONTINUOUS                                                     # continuousDomain
    | FN '(' lo=expr ',' hi=expr ')'                                 # fnDomain
    | KERNEL '(' lo=expr ('..' hi=expr)? ')'                         # kernelDomain
    | interval                                                       # intervalDomain
    | set                                                            # setDomain
    | lo=expr ('..' hi=expr)?                                        # rangeOrLawDomain
    ;

interval    : open=('[' | '(') lo=expr ',' hi=expr close=(']' | ')') ;
set         : '{' expr (',' expr)* '}' ;

distOption
    : REWARDS IN interval                                            # rewardsInInterval
    | REWARDS IN set                                                 # rewardsInSet
    | DISTINCT REWARDS                                               # distinctRewards
    ;

expr
    : param=ID '->' body=expr                                        # lambdaExpr
    | implication                                                    # plainExpr
    ;

implication : disjunction (IMPLIES implication)? ;
disjunction : conjunction (OR conjunction)* ;
conjunction : negation (AND negation)* ;
negation    : NOT negation | relation ;

// One rule for chains and `~= ... within`: a shared prefix keeps the lookahead short.
relation    : first=additive ( '~=' right=additive WITHIN tol=additive | (relOp rest+=additive)* ) ;
relOp       : '<=' | '<' | '>=' | '>' | '==' | '!=' ;

additive    : multiplicative (op+=('+' | '-') multiplicative)* ;
multiplicative : unary (op+=('*' | '/') unary)* ;
unary       : '-' unary | power ;
power       : primary ('^' unary)? ;

primary
    : NUMBER                                                         # numberExpr
    | STRING                                                         # stringExpr
    | callee=(SUM | SUP) '(' bindingArg ',' expr ')'            # aggregateExpr
    | callee=ID '(' (first=arg (sep+=('||' | ',') rest+=arg)*)? ')'  # callExpr
    | ID                                                             # varExpr
    | '[' expr (',' expr)* ']'                                       # listExpr
    | '(' expr ')'                                                   # parenExpr
    ;

bindingArg  : ID IN domain ;
// `f(p || q, ...)`: the parser accepts `||` as a separator; the AST builder allows it only
// between the first two positional arguments (divergence form).
arg         : name=(ID | REWARDS) '=' expr                           # namedArg
            | expr                                                   # positionalArg
            ;

SOURCE    : 'source' ;
LET       : 'let' ;
CLAIM     : 'claim' ;
THEOREM   : 'theorem' ;
CITE      : 'cite' ;
FORALL    : 'forall' ;
IN        : 'in' ;
WHERE     : 'where' ;
ASSUMING  : 'assuming' ;
EXPECT    : 'expect' ;
AND       : 'and' ;
OR        : 'or' ;
NOT       : 'not' ;
IMPLIES   : 'implies' ;
WITHIN    : 'within' ;
DIST      : 'dist' ;
CONTINUOUS: 'continuous' ;
FN        : 'fn' ;
KERNEL    : 'kernel' ;
REWARDS   : 'rewards' ;
DISTINCT  : 'distinct' ;
SUM       : 'sum' ;
SUP       : 'sup' ;

NUMBER    : DIGITS ('.' DIGITS)? ([eE] [+-]? DIGITS)? ;
ID        : [A-Za-z_] [A-Za-z0-9_]* ;
STRING    : '"' (~["\\\r\n] | '\\' ~[\r\n])* '"' ;
UNTERMINATED_STRING : '"' (~["\\\r\n] | '\\' ~[\r\n])* ;
COMMENT   : '#' ~[\r\n]* -> skip ;
WS        : [ \t\r\n\f\u00A0\uFEFF]+ -> skip ;
ERROR_CHAR: . ;

fragment DIGITS : [0-9]+ ;
