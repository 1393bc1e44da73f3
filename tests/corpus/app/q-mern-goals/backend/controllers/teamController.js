const asyncHandler = require('express-async-handler')
const Team = require('../models/teamModel')
const Goal = require('../models/goalModel')

// @route   GET /api/teams/:teamId/goals
const getTeamGoals = asyncHandler(async (req, res) => {
  const team = await Team.findOne({ _id: req.params.teamId, members: req.user.id })
  if (!team) {
    res.status(404)
    throw new Error('Team not found')
  }
  const goals = await Goal.find({ team: team._id })
  res.json(goals)
})

module.exports = { getTeamGoals }
