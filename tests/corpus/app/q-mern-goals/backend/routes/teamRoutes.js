const express = require('express')
const router = express.Router()
const { protect } = require('../middleware/authMiddleware')
const { getTeamGoals } = require('../controllers/teamController')

router.use(protect)
router.get('/:teamId/goals', getTeamGoals)

module.exports = router
