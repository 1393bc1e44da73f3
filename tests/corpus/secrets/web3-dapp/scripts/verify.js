const TX_HASH = '0x769545fe9ea4ae0f3224861da675aae4e5ef514a5d72b9a33ca125a94f0d3d15'
const CONTRACT = '0x89b4a874c027df89b318debcd5b4013b7183f3c8'
const blockHash = '0xa0308a9e2ee9d2d83422c4c9fe3c072a6085d671ac465a697fad34c92c013f9f'

module.exports = { TX_HASH, CONTRACT, blockHash }
